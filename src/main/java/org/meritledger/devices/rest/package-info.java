/** The devices' REST endpoint, {@code POST /api/v1/devices/{id}/results}, and the problem type of each refusal. */
package org.meritledger.devices.rest;
