/**
 * Learning content: the built-in catalogue installed from the content-packages build, its cmi5
 * course structures, the content store on the data volume, and delivery of package files under
 * /content with caching, ranges, gzip and a strict CSP. Package upload and versions grow here.
 */
package org.awarehouse.content;
