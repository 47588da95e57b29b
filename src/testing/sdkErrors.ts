/**
 * The SDK's error module as the built testing kit sees it: the classes come from the package's
 * main entry at run time, so an error the kit throws is `instanceof` the class a user imports
 * from `wandb-api` (one copy of every class across entry points). The build points the kit's
 * imports of `src/client/errors` here; from source both are the same module anyway.
 */
export {
  WandbError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  RateLimitError,
  ServerError,
  HttpError,
  NetworkError,
  TimeoutError,
  AbortError,
  GraphQLResponseError,
  InvalidArgumentError,
  IntegrityError,
  NotSupportedError,
} from 'wandb-api';
export type { GraphQLErrorInfo, WandbErrorOptions, RateLimitErrorOptions } from 'wandb-api';
export { describeValue } from '../client/describeValue';
