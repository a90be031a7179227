package org.spinecode.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The style of the values made for every encounter (encounters, sessions, coded services, claim
 * lines, findings, judgements): {@link DomainStyle}, but a list attribute is the JDK's immutable list
 * ({@code List.copyOf}), so a list that is already immutable is kept rather than copied and wrapped
 * again on every value built from it. Only for values whose collections are lists: the JDK's
 * immutable sets and maps iterate in an order that changes from run to run, and results must not.
 * Its lists refuse {@code contains(null)}, which no SpineCode value holds. A style cannot extend
 * another, so the settings below repeat DomainStyle's: change both together.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidInputException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ClaimValueStyle {}
