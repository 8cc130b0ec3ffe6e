using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Email;

/// <summary>Writes each message as an .eml file; used when no SMTP server is configured (Development).</summary>
internal sealed class PickupFolderMailSender(IOptions<SmtpOptions> options, IWebHostEnvironment environment, TimeProvider clock, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public string Folder => Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        using var message = MimeMessageFactory.Create(email, options.Value);
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
        EmailLog.Sent(logger, "pickup folder");
    }
}
