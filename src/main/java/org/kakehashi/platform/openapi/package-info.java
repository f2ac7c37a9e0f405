/**
 * The API's description as the server makes it from the JAX-RS resources (MicroProfile OpenAPI at
 * {@code /openapi}): what the annotations cannot say by themselves is added here, once for every operation.
 */
package org.kakehashi.platform.openapi;
