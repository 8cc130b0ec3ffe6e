using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Push;

/// <summary>
/// The push client's connection: no redirects, no proxy from the environment, and (unless
/// <c>Push:AllowInsecureEndpointsForTests</c>) a connection only to public addresses, checked on the address actually
/// dialled after DNS, so a push endpoint's name cannot resolve the server into its own network.
/// </summary>
internal static class PushHttpHandler
{
    public static SocketsHttpHandler Create(IServiceProvider services)
    {
        var allowInsecure = services.GetRequiredService<IOptions<PushOptions>>().Value.AllowInsecureEndpointsForTests;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PushHttpHandler).FullName!);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (!allowInsecure)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var publicAddresses = addresses.Where(PushEndpointPolicy.IsPublic).ToArray();
                if (publicAddresses.Length == 0 || publicAddresses.Length != addresses.Length)
                {
                    PushLog.InternalAddressRefused(logger);
                    throw new HttpRequestException("The push endpoint does not resolve to public addresses only.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(publicAddresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return handler;
    }
}
