"""Post-processing of the OpenAPI document, so that it describes what the API really does.

drf-spectacular gives every renderer's media type the JSON schema; CSV and Atom bodies are text,
so they are described as strings. Every operation can also answer 304 (conditional GET), 400 (a
bad query parameter), 404 (no such item, or a page past the end) and 429 (rate limit), in the
format that was asked for. A list parameter holds at least one value: `verdict=` is refused."""

TEXT_MEDIA_TYPES = ("text/csv", "application/atom+xml")
ERRORS = {
    "304": "Not modified: the ETag in If-None-Match still matches.",
    "400": "A query parameter is not valid.",
    "404": "No such item, or no such page.",
    "429": "Rate limit exceeded; Retry-After says when to come back.",
}


def textual_media_types(result: dict, generator, request, public) -> dict:
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for response in responses.values():
                for media_type, content in response.get("content", {}).items():
                    if media_type in TEXT_MEDIA_TYPES:
                        content["schema"] = {"type": "string"}
            _document_errors(responses)
            for parameter in operation.get("parameters", []):
                if parameter.get("schema", {}).get("type") == "array":
                    parameter["schema"]["minItems"] = 1
    return result


def _document_errors(responses: dict) -> None:
    media_types = list(responses.get("200", {}).get("content", {"application/json": {}}))
    for status, description in ERRORS.items():
        response = {"description": description}
        if status != "304":
            response["content"] = {
                media_type: {"schema": {"type": "string" if media_type in TEXT_MEDIA_TYPES else "object"}}
                for media_type in media_types
            }
        responses.setdefault(status, response)
