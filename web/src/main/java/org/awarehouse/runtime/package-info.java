/**
 * The player's runtimes: attempts at package versions; for SCORM, the data model each unit's
 * content leaves behind and the statements (ADL xAPI SCORM Profile) each session produces; for
 * cmi5, the launch, the per-session LRS token and the LMS's rules and statements (cmi5 sections
 * 8 to 10), all in the organisation's statement store.
 */
package org.awarehouse.runtime;
