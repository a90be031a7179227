package org.spinecode.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every SpineCode value: generated classes stay package-private behind
 * their abstract type, builders are strict, and no Guava leaks into generated code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidInputException.class,
    defaults = @Value.Immutable(copy = false))
public @interface DomainStyle {}
