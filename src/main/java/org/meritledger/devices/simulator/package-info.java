/**
 * The device simulator, {@code target/merit-device-simulator.jar}: generates an Ed25519 key pair,
 * prints the public key to register, and submits signed results as a range device would (with
 * options for a bad signature and a replayed nonce). Only the JDK, Bouncy Castle, the pure ledger
 * core and {@link org.meritledger.devices.DeviceKeys}; no framework.
 */
package org.meritledger.devices.simulator;
