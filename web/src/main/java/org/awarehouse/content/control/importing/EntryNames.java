package org.awarehouse.content.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks zip entry names before anything is extracted. Entry names never become file system paths
 * here (staged files are named by hash), but the player serves files by these names, so a name
 * that could mean two things or leave the package root is refused outright.
 */
final class EntryNames {
  private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:");
  private static final int MAX_SHOWN = 200;

  private EntryNames() {}

  /** Everything wrong with {@code name}; empty when it is a plain relative path. */
  static List<String> problems(String name, ImportLimits limits) {
    List<String> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add("the entry has an empty name");
      return problems;
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add("the entry name contains NUL or control characters");
    }
    // APPNOTE.TXT 4.4.17.1: "All slashes MUST be forward slashes '/'" and the path "MUST NOT
    // contain a drive or device letter, or a leading slash".
    if (name.startsWith("/") || name.startsWith("\\\\") || DRIVE_LETTER.matcher(name).find()) {
      problems.add("the entry name is an absolute path");
    }
    if (name.indexOf('\\') >= 0) {
      problems.add("the entry name contains a backslash; zip entry names use forward slashes");
    }
    List<String> segments = List.of(stripTrailingSlash(name).split("[/\\\\]", -1));
    if (segments.contains("..")) {
      problems.add("the entry name climbs out of the package with '..' (zip slip)");
    } else if (segments.stream().skip(leadingEmpty(name)).anyMatch(s -> s.isEmpty() || s.equals("."))) {
      problems.add("the entry name has an empty or '.' path segment");
    }
    if (name.length() > limits.maxPathLength()) {
      problems.add("the entry name is longer than " + limits.maxPathLength() + " characters");
    }
    if (segments.size() > limits.maxPathDepth()) {
      problems.add("the entry name is nested deeper than " + limits.maxPathDepth() + " levels");
    }
    return problems;
  }

  /** The name as a finding location: control characters escaped, overlong names cut. */
  static String shown(String name) {
    StringBuilder shown = new StringBuilder();
    name.chars().limit(MAX_SHOWN).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.append((char) c);
      }
    });
    return name.length() > MAX_SHOWN ? shown + "…" : shown.toString();
  }

  private static String stripTrailingSlash(String name) {
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  /** An absolute name is already reported; its leading empty segment is not reported again. */
  private static int leadingEmpty(String name) {
    return name.startsWith("/") || name.startsWith("\\") ? 1 : 0;
  }
}
