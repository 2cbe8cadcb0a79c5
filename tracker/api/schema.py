"""Post-processing of the OpenAPI document, so that it describes what the API really sends.

drf-spectacular gives every renderer's media type the JSON schema; CSV and Atom bodies are text,
so they are described as strings. Every operation can also answer 304 (conditional GET) and 429
(rate limit); operations with query parameters 400, and items 404."""

TEXT_MEDIA_TYPES = ("text/csv", "application/atom+xml")
ERROR = {"description": "", "content": {"application/json": {"schema": {"type": "object"}}}}


def textual_media_types(result: dict, generator, request, public) -> dict:
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.get("responses", {})
            for response in responses.values():
                for media_type, content in response.get("content", {}).items():
                    if media_type in TEXT_MEDIA_TYPES:
                        content["schema"] = {"type": "string"}
            _document_errors(operation)
    return result


def _document_errors(operation: dict) -> None:
    responses = operation.setdefault("responses", {})
    locations = {parameter.get("in") for parameter in operation.get("parameters", [])}
    responses.setdefault("304", {"description": "Not modified: the ETag in If-None-Match still matches."})
    responses.setdefault("429", {**ERROR, "description": "Rate limit exceeded; see Retry-After."})
    if "query" in locations:
        responses.setdefault("400", {**ERROR, "description": "A query parameter is not valid."})
    if "path" in locations:
        responses.setdefault("404", {**ERROR, "description": "No such item."})
