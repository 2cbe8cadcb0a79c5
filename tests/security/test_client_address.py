"""Which address a request counts as: X-Forwarded-For only as far as our own proxies vouch for it."""
import pytest

from tracker.client_address import client_address


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, None, "203.0.113.9"),
        (0, "198.51.100.1", "203.0.113.9"),  # no proxy of ours: the header is the client's own words
        (0, "1.1.1.1, 2.2.2.2", "203.0.113.9"),
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the left entry was made up by the client
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        (2, "198.51.100.1", "198.51.100.1"),  # fewer entries than proxies: the leftmost
        (1, "", "203.0.113.9"),
        (1, "not-an-address", "203.0.113.9"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_is_the_entry_our_first_proxy_wrote(rf, settings, proxies, forwarded, expected):
    settings.NUM_PROXIES = proxies
    headers = {"REMOTE_ADDR": "203.0.113.9"}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    assert client_address(rf.get("/", **headers)) == expected
