namespace Healactively.Web.Features.Care;

/// <summary>Names what a clinician page reads (timeline, entry, report…), as written to the audit trail.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedReadAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}
