namespace Healactively.Web.Features.Email;

/// <summary>Delivers an email through SMTP, or into the pickup folder when no SMTP server is configured.</summary>
public interface IMailSender
{
    /// <exception cref="EmailDeliveryException">The message could not be handed over.</exception>
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}

public sealed class EmailDeliveryException(string message, Exception inner) : Exception(message, inner);
