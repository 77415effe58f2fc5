using GraphQL;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host.Api;

/// <summary>An <see cref="AppException"/> as a GraphQL error: its message, its code, and its field errors (<see cref="AppErrorInfoProvider"/>).</summary>
public sealed class ClientError : ExecutionError
{
    public ClientError(AppException error)
        : base(error.Message, error)
    {
        Code = error.Code;
        FieldErrors = error.FieldErrors;
    }

    public IReadOnlyList<FieldError> FieldErrors { get; }

    /// <summary>The <see cref="AppException"/> that <paramref name="error"/> is or wraps (a loader's or a task's), if any.</summary>
    public static AppException? Find(Exception error)
    {
        for (Exception? e = error; e is not null; e = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e.InnerException)
        {
            if (e is AppException app)
            {
                return app;
            }
        }

        return null;
    }
}
