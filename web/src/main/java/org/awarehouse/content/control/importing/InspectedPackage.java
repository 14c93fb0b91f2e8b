package org.awarehouse.content.control.importing;

import java.util.List;

/** An accepted upload: its description and every file it staged. */
public record InspectedPackage(PackageDescriptor descriptor, List<StagedFile> files) {

  public InspectedPackage {
    files = List.copyOf(files);
  }
}
