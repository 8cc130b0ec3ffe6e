using System.Net;
using System.Net.Sockets;

namespace Healactively.Web.Features.Push;

/// <summary>
/// Which push endpoint addresses this server may send to. A subscription's endpoint is a URL the browser gives and the
/// server later POSTs to, so a forged one could aim the server at its own network (SSRF). Two checks: when stored (https
/// on port 443, no user info, no IP literal or name of a non-public address), and when connecting (every address the
/// name resolves to must be public; see <see cref="PushHttpHandler"/>), which also covers a name that resolves to an
/// internal address. <c>Push:AllowInsecureEndpointsForTests</c> turns both off for a local test push service.
/// </summary>
public static class PushEndpointPolicy
{
    /// <returns>Null when the endpoint is acceptable, otherwise why not (for the person, never with the address).</returns>
    public static string? Check(string endpoint, bool allowInsecure)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "The subscription's endpoint is not a web address.";
        }

        if (allowInsecure)
        {
            return null;
        }

        if (uri.Scheme != "https")
        {
            return "The subscription's endpoint must use https.";
        }

        if (uri.UserInfo.Length > 0 || !uri.IsDefaultPort)
        {
            return "The subscription's endpoint is not a push service address.";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return IPAddress.TryParse(uri.IdnHost, out var address) && IsPublic(address) ? null : "The subscription's endpoint is not a public address.";
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (uri.HostNameType != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal)
            || host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".local", StringComparison.Ordinal)
            || host.EndsWith(".internal", StringComparison.Ordinal) || host.EndsWith(".lan", StringComparison.Ordinal) || host.EndsWith(".home.arpa", StringComparison.Ordinal))
        {
            return "The subscription's endpoint is not a public address.";
        }

        return null;
    }

    /// <summary>False for loopback, private, link-local, shared (CGNAT), unspecified, multicast, documentation and unique-local addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // 2001:db8::/32 documentation
                || address.IsIPv4MappedToIPv6 || b.Take(12).All(x => x == 0)); // ::/96 (IPv4-compatible, unspecified)
        }

        return false;
    }
}
