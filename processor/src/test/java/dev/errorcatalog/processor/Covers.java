package dev.errorcatalog.processor;

import dev.errorcatalog.processor.diagnostic.Message;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the diagnostics a test proves, so that a test can check every diagnostic has one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {
  Message[] value();
}
