package org.awarehouse.content.control.importing;

import java.util.List;

/**
 * One entry of a package's table of contents: a SCORM item or a cmi5 block or AU.
 *
 * @param unitId the {@link LaunchUnit#id()} this entry launches, or null for a pure grouping
 */
public record TocNode(String id, String title, String unitId, List<TocNode> children) {

  public TocNode {
    children = List.copyOf(children);
  }
}
