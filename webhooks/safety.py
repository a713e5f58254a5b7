"""Where webhooks may go: https (http only when allowed) to public internet addresses only.

The admin form refuses other schemes, address literals outside the public internet and local
names; every delivery attempt then checks every address the host name resolves to, and connects
only to those checked addresses, so a name that points (or is re-pointed) inside the network
reaches nothing there. WEBHOOK_ALLOWED_PRIVATE_NETWORKS lists the networks let through anyway
(none by default; the tests' local receivers on 127.0.0.1).
"""

import ipaddress
import socket

from django.conf import settings

# Names that stand for this machine or a private network, whatever they resolve to.
LOCAL_NAMES = {"localhost", "localhost.localdomain"}
LOCAL_SUFFIXES = (".localhost", ".localdomain", ".local", ".internal", ".home.arpa")
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64).
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(Exception):
    """The endpoint may not be sent to: a permanent refusal, not a network failure."""


def allowed_schemes():
    return ("http", "https") if settings.WEBHOOK_ALLOW_HTTP else ("https",)


def is_local_name(host):
    """Whether a host name is one of the names of this machine or of a private network."""
    host = host.lower().rstrip(".")
    return host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES)


def ip_literal(host):
    """The address a host written as an IP address stands for, or None for a name."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def embedded_ipv4(address):
    """The IPv4 address an IPv6 address carries (mapped, 6to4 or NAT64), or None."""
    if address.version != 6:
        return None
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def in_public_range(address):
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or (address.version == 6 and address.is_site_local)
    )


def is_allowed_address(address):
    """Whether webhooks may be sent to this address: public, or in an allowed network."""
    if not isinstance(address, ipaddress.IPv4Address | ipaddress.IPv6Address):
        address = ip_literal(str(address))
    if address.version == 6 and address.ipv4_mapped:
        address = address.ipv4_mapped
    allowed = [
        ipaddress.ip_network(network, strict=False)
        for network in settings.WEBHOOK_ALLOWED_PRIVATE_NETWORKS
    ]
    if any(address in network for network in allowed):
        return True
    if not in_public_range(address):
        return False
    inner = embedded_ipv4(address)
    return inner is None or is_allowed_address(inner)


def check_url(scheme, host):
    """Raise Refused unless the scheme is allowed and the host may be sent to (before DNS)."""
    if scheme not in allowed_schemes():
        raise Refused(
            "Refused: only "
            + " and ".join(f"{allowed}://" for allowed in allowed_schemes())
            + " addresses are allowed"
        )
    if not host:
        raise Refused("Refused: the address has no host")
    literal = ip_literal(host)
    if literal is not None and not is_allowed_address(literal):
        raise Refused(f"Refused: {host} is not a public address")


def resolve(host, port):
    """The addresses to connect to, once all the host's addresses are checked.

    One address outside the public internet refuses the host: a name that answers with a mix
    would otherwise reach inside the network whenever the internal address is tried first.
    """
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    addresses = []
    for family, _type, _proto, _name, sockaddr in found:
        if (family, sockaddr) not in addresses:
            addresses.append((family, sockaddr))
    for _family, sockaddr in addresses:
        if not is_allowed_address(sockaddr[0]):
            literal = ip_literal(host)
            if literal is not None:
                raise Refused(f"Refused: {host} is not a public address")
            raise Refused(f"Refused: {host} resolves to {sockaddr[0]}, not a public address")
    return addresses
