package org.awarehouse.content.control;

/**
 * One file of a package version as the content store holds it: its SHA-256 (lower-case hex, which
 * is also its address in the store) and its size in bytes.
 */
public record StoredFile(String sha256, long size) {}
