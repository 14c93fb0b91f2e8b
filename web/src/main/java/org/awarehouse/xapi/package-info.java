/**
 * The xAPI Learning Record Store: the Statement and document resources, statement validation,
 * storage and queries. It also keeps the progress projection that every later feature reads.
 */
package org.awarehouse.xapi;
