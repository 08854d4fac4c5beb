/** Courts that refer cases to a program and receive its reports. */
package org.johnschool.court;
