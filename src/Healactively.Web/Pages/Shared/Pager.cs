namespace Healactively.Web.Pages;

/// <summary>Where a paginated list stands; the partial keeps the other query values in its links.</summary>
public sealed record Pager(int PageNumber, int PageCount);
