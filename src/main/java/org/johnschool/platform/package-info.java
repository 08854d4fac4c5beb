/**
 * What every part of the domain stands on: schema migrations, readiness, the error model shared by
 * pages and REST, and the base class of audited entities. Depends on no part of the domain.
 */
package org.johnschool.platform;
