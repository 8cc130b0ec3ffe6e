using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Healactively.Web.Tests.Durability;

/// <summary>
/// A self-signed certificate for 127.0.0.1, made once per test run, so the real server runs in Production over HTTPS
/// (its cookies are Secure and <c>__Host-</c>) and clients trust exactly this certificate.
/// </summary>
internal static class LoopbackCertificate
{
    private static readonly Lazy<(string Path, string Password, string Thumbprint)> Shared = new(Create);

    public static string PfxPath => Shared.Value.Path;

    public static string Password => Shared.Value.Password;

    public static HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Shared.Value.Thumbprint,
    };

    private static (string, string, string) Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var password = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "healactively-tests", $"loopback-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password, certificate.Thumbprint);
    }
}
