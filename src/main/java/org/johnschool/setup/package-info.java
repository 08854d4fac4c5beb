/**
 * First start of an installation: demo mode seeds a program, courts and one account per role;
 * production mode seeds nothing but the first admin named by environment variables.
 */
package org.johnschool.setup;
