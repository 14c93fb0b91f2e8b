/**
 * The player and the SCORM runtime: attempts at package versions, the data model each unit's
 * content leaves behind, and the xAPI statements (ADL xAPI SCORM Profile) that every session
 * produces in the organisation's statement store.
 */
package org.awarehouse.runtime;
