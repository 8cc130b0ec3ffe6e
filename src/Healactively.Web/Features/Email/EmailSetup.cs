using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Email;

internal static class EmailSetup
{
    public static IServiceCollection AddHealactivelyEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Enum.TryParse<MailKit.Security.SecureSocketOptions>(o.Security, ignoreCase: true, out _), "Smtp:Security must be None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect.")
            .ValidateOnStart();
        services.AddOptions<AppLinkOptions>()
            .Bind(configuration.GetSection(AppLinkOptions.Section))
            .Validate(o => o.BaseUri is not null, "App:BaseUrl must be the app's public address, e.g. https://healactively.example (an absolute http or https address without query): every link in every email starts with it, never with the request's Host header.")
            .ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<PickupFolderMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<PickupFolderMailSender>());
        services.AddTransient<IEmailSender, IdentityEmailSender>();
        return services;
    }

    /// <summary>Says at start-up where mail goes when there is no SMTP server, so nobody waits for an email that was filed.</summary>
    public static void ReportEmailTransport(this IServiceProvider services)
    {
        if (services.GetRequiredService<IMailSender>() is PickupFolderMailSender pickup)
        {
            EmailLog.UsingPickupFolder(services.GetRequiredService<ILogger<PickupFolderMailSender>>(), pickup.Folder);
        }
    }
}
