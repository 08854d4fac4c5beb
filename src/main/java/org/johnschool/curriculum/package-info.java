/**
 * The course as versioned content: the {@code curriculum/} folder (modules in English and Spanish, the
 * day's order, the pre/post test questions) is loaded into an immutable {@code CurriculumVersion}; a
 * changed file makes a new version, and a bad file is refused with its name and line, applying nothing.
 */
package org.johnschool.curriculum;
