/**
 * Learning content: the built-in catalogue installed from the content-packages build, its cmi5
 * course structures, and the content store on the data volume. Package upload, versions and
 * delivery grow here.
 */
package org.awarehouse.content;
