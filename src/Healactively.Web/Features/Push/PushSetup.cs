using System.Buffers.Text;
using Lib.Net.Http.WebPush;

namespace Healactively.Web.Features.Push;

/// <summary>Web Push: the VAPID keys, devices' subscriptions and the sender with its guarded HttpClient.</summary>
internal static class PushSetup
{
    public static IServiceCollection AddHealactivelyPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section))
            .Validate(HasUsableKeys, "Push:VapidPublicKey and Push:VapidPrivateKey go together: a base64url P-256 public key (65 bytes) and private key (32 bytes).")
            .Validate(o => string.IsNullOrWhiteSpace(o.Subject) || o.Subject.StartsWith("mailto:", StringComparison.Ordinal) || o.Subject.StartsWith("https://", StringComparison.Ordinal),
                "Push:Subject must be a mailto: or https: address.")
            .ValidateOnStart();
        services.AddSingleton<VapidKeys>();
        services.AddScoped<PushSubscriptions>();
        services.AddScoped<PushSender>();
        services.AddHttpClient<PushServiceClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(PushHttpHandler.Create);
        return services;
    }

    private static bool HasUsableKeys(PushOptions options)
    {
        var hasPublic = !string.IsNullOrWhiteSpace(options.VapidPublicKey);
        var hasPrivate = !string.IsNullOrWhiteSpace(options.VapidPrivateKey);
        if (!hasPublic && !hasPrivate)
        {
            return true;
        }

        return hasPublic && hasPrivate && DecodedLength(options.VapidPublicKey!) == 65 && DecodedLength(options.VapidPrivateKey!) == 32;
    }

    private static int DecodedLength(string value)
    {
        var text = value.Trim().TrimEnd('=');
        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        try
        {
            return Base64Url.TryDecodeFromChars(text, buffer, out var written) ? written : -1;
        }
        catch (FormatException)
        {
            return -1;
        }
    }
}
