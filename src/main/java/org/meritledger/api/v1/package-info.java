/**
 * Version 1 of the API: resources (thin; they call application services, which check role and
 * scope) and the JSON representations they answer with (records, never entities). Every
 * operation lists its error responses for the OpenAPI document.
 */
package org.meritledger.api.v1;
