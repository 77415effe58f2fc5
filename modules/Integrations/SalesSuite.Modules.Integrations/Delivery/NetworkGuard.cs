using System.Net;
using System.Net.Sockets;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// Keeps webhooks off internal networks (SSRF): the addresses a receiver's name resolves to are checked when the connection is made,
/// so a name that resolves to a private address (or is changed to one after the endpoint was saved) is refused too.
/// </summary>
internal static class NetworkGuard
{
    /// <summary>
    /// Loopback, "this network", private (RFC 1918), CGNAT (100.64/10), link-local (which holds the cloud metadata address
    /// 169.254.169.254), IETF protocol assignments, documentation and benchmarking ranges, multicast and reserved; IPv6 loopback,
    /// unspecified, unique-local (fc00::/7), link-local, site-local, multicast, documentation and Teredo; IPv4 inside IPv6 (mapped, NAT64, 6to4,
    /// IPv4-compatible) is checked as IPv4.
    /// </summary>
    private static readonly (IPAddress Network, int Prefix)[] Blocked =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10), (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12), (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24), (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.IPv6Loopback, 128), (IPAddress.IPv6None, 128), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8), (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("2001::"), 32),
    ];

    public static bool IsBlocked(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (EmbeddedIPv4(address) is { } embedded && IsBlocked(embedded))
        {
            return true;    // NAT64, 6to4 and IPv4-compatible addresses reach the IPv4 address they carry
        }

        return Blocked.Any(b => b.Network.AddressFamily == address.AddressFamily && InRange(address, b.Network, b.Prefix));
    }

    /// <summary>
    /// Opens the connection for <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, refuses when any of its addresses is
    /// blocked (unless private networks are allowed), and connects to the first that answers.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{endPoint.Host} has no address.");
        }

        if (!allowPrivate && addresses.Any(IsBlocked))
        {
            // The address stays out of the message: an admin must not map the internal network through the delivery log.
            throw new WebhookBlockedException($"{endPoint.Host} resolves to an internal address; webhooks are not sent there.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The IPv4 address inside a NAT64 (64:ff9b::/96, 64:ff9b:1::/48), IPv4-compatible (::/96) or 6to4 (2002::/16) address.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var b = address.GetAddressBytes();
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b[2..6]);
        }

        var nat64 = InRange(address, IPAddress.Parse("64:ff9b::"), 96) || InRange(address, IPAddress.Parse("64:ff9b:1::"), 48);
        var compatible = InRange(address, IPAddress.IPv6Any, 96) && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback);
        return nat64 || compatible ? new IPAddress(b[12..16]) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && prefix > 0; i++, prefix -= 8)
        {
            var mask = prefix >= 8 ? 0xFF : (byte)(0xFF << (8 - prefix));
            if ((a[i] & mask) != (n[i] & mask))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A webhook refused because its receiver is on an internal network.</summary>
internal sealed class WebhookBlockedException(string message) : Exception(message);
