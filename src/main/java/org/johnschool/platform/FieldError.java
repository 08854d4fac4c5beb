package org.johnschool.platform;

/** One problem with one input field, named as the client sent it. */
public record FieldError(String field, String message) {}
