namespace Healactively.Web.Pages.CheckIn;

/// <summary>One 0–10 question of the check-in as a keyboard-friendly radio group.</summary>
public sealed record RatingGroup(string Id, string Name, string Legend, string Hint, string? Value);
