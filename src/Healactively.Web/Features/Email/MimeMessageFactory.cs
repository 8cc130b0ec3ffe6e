using MimeKit;

namespace Healactively.Web.Features.Email;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(OutgoingEmail email, SmtpOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
