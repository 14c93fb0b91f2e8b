package org.awarehouse.content.control.importing;

/**
 * A launch reference split into its parts.
 *
 * @param path percent-decoded, normalised file path inside the package
 * @param query without {@code ?}, still percent-encoded as the author wrote it; may be empty
 * @param fragment without {@code #}; may be empty
 */
record LaunchTarget(String path, String query, String fragment) {

  /** Splits {@code reference} (a relative URL) at its first {@code #} and then its first {@code ?}. */
  static LaunchTarget split(String reference) {
    String rest = reference;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    return new LaunchTarget(rest, query, fragment);
  }

  LaunchTarget withPath(String decodedPath) {
    return new LaunchTarget(decodedPath, query, fragment);
  }
}
