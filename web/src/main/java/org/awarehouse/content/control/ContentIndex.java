package org.awarehouse.content.control;

import java.util.Optional;

/**
 * The file index of imported package versions: which stored file a path inside a package version
 * names. A version's index never changes once imported (a changed file makes a new version with a
 * new content key), which is why callers may cache answers.
 */
public interface ContentIndex {

  /**
   * The file at {@code path} (normalised, without a leading slash, e.g. {@code
   * story_content/user.js}) of the package version with this content key, or empty when either is
   * unknown.
   */
  Optional<StoredFile> find(String contentKey, String path);
}
