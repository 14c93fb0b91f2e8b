/**
 * What every feature stands on: the problem+json error model, JSON binding, configuration, the
 * clock, schema migrations, health, and API security: organisations (tenants), hashed API tokens
 * with roles, and the caller every query is scoped by.
 */
package org.awarehouse.platform;
