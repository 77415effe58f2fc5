namespace SalesSuite.SharedKernel.Security;

/// <summary>The authenticated user of the current request (or the system user of a background job).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The user's id (the token's <c>sub</c>); null when not authenticated.</summary>
    string? UserId { get; }

    IReadOnlyList<string> Roles { get; }

    string UserIdOrThrow => UserId ?? throw new Errors.AppException(Errors.ErrorCodes.Unauthenticated, "Authentication is required.");
}
