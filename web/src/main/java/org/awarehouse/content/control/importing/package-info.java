/**
 * Turns an uploaded zip into a checked description of a SCORM or cmi5 package: safe extraction into
 * a content-addressed staging directory, manifest reading, and every finding that makes a package
 * unfit to play. Nothing here needs a container, so it is tested with plain JUnit.
 */
package org.awarehouse.content.control.importing;
