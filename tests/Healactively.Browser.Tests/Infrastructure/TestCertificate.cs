using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>
/// A throwaway self-signed certificate for 127.0.0.1, made in memory (no dev certificate needed, works offline):
/// outside Development the app only accepts https for its <c>__Host-</c>, Secure cookies and antiforgery, so the
/// browser talks to it over https as it would in production.
/// </summary>
public static class TestCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        // Fixed, wide validity: the browser context ignores certificate errors anyway, and the fake clock is not real time.
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Kestrel on Linux needs the private key in a loaded PKCS#12, not the ephemeral one.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
