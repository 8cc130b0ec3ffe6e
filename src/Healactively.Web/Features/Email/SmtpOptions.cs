using System.ComponentModel.DataAnnotations;

namespace Healactively.Web.Features.Email;

/// <summary>The <c>Smtp:*</c> settings. With no <see cref="Host"/>, messages go to <see cref="PickupFolder"/>.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's names).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "Healactively <no-reply@healactively.test>";

    /// <summary>Relative paths are resolved against the app's content root.</summary>
    [Required]
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
