namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// A new value for a detail of an aggregate that can be cleared: <c>Change&lt;string?&gt;?</c> left null keeps the detail,
/// <c>new(null)</c> clears it. What an update's input field left out (kept) or sent as null (cleared) turns into.
/// </summary>
public readonly record struct Change<T>(T Value);
