/**
 * What the load balancer asks: whether this node is ready for requests. The server's MicroProfile Health answers
 * on the management interface ({@code :9990/health/ready}) with these checks and its own (suspended, deployed).
 */
package org.kakehashi.platform.health;
