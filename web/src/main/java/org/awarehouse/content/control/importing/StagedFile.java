package org.awarehouse.content.control.importing;

import java.nio.file.Path;

/**
 * A regular file of the package, extracted into the staging directory under its content hash.
 *
 * @param path the entry name inside the package, with forward slashes
 * @param sha256 lower-case hex of the bytes actually extracted
 * @param size the bytes actually extracted, not what the zip header claimed
 * @param staged the extracted copy, named by {@code sha256}
 */
public record StagedFile(String path, String sha256, long size, Path staged) {}
