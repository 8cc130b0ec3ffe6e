using Healactively.Web.Data;
using Healactively.Web.Features.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Healactively.Web.Startup;

/// <summary>
/// What lets several instances serve one clinic: shared Data Protection keys (cookies and antiforgery
/// tokens from one instance are read by another), health probes for a load balancer, and job leases.
/// </summary>
internal static class ScaleOutSetup
{
    public const string ApplicationName = "Healactively";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the Data Protection keys at rest; optional.</summary>
    public const string CertificatePathSetting = "DataProtection:CertificatePath";

    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IServiceCollection AddHealactivelyScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        // The fixed name keeps keys valid whatever folder or machine an instance runs from.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        // With a certificate, the keys in the database are encrypted with it, so a copy of the database (a backup, a
        // dump) no longer holds the keys that sign cookies and tokens in the clear. Every instance needs the same file.
        if (configuration[CertificatePathSetting] is { Length: > 0 } certificatePath)
        {
            if (!File.Exists(certificatePath))
            {
                throw new InvalidOperationException($"{CertificatePathSetting} names a file that does not exist: {certificatePath}");
            }

            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration[CertificatePasswordSetting], System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The certificate in {CertificatePathSetting} has no private key; Data Protection needs it to read its keys.");
            }

            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedHealthCheck>("migrations", tags: [ReadyTag]);

        services.AddSingleton<AppInstance>();
        services.AddScoped<JobLease>();
        return services;
    }

    public static WebApplication MapHealactivelyHealthChecks(this WebApplication app)
    {
        // Live: the process answers, whatever the database does. Ready: send it traffic.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
