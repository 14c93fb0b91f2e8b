package org.awarehouse.content.control.importing;

/**
 * A manifest resource as an item needs it.
 *
 * @param href the href with every xml:base above it applied, still percent-encoded; null when absent
 * @param type SCO or asset; null when the manifest gives a value that is neither
 */
record ScormResource(String identifier, String href, UnitType type) {}
