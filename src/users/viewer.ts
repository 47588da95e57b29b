import { ViewerDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import type { CallOptions } from '../client/transport';
import { User } from './User';

/**
 * The viewer and the default entity of one `Api`. The entity is asked for once: by the first
 * `viewer()` call, or by the first call that needs it, whichever comes first. A failed lookup is
 * not kept, so the next call asks again.
 */
export class ViewerLookup {
  private entity: Promise<string> | undefined;

  constructor(
    private readonly ctx: SdkContext,
    /** The `entity` setting, which wins over the viewer's. */
    private readonly configured: string | undefined,
  ) {}

  /** The user the API key belongs to; noting their default entity, when none is known yet. */
  async viewer(options: CallOptions): Promise<User> {
    const data = await this.ctx.transport.execute(ViewerDocument, {}, options);
    if (!data.viewer) throw new NotFoundError('The server knows no user for this API key', { operation: 'Viewer' });
    const user = new User(this.ctx, data.viewer, { isViewer: true });
    if (this.entity === undefined && user.entity) this.entity = Promise.resolve(user.entity);
    return user;
  }

  /** The `entity` setting, else the viewer's default entity (asked once). */
  defaultEntity(options: CallOptions): Promise<string> {
    if (this.configured) return Promise.resolve(this.configured);
    const pending = (this.entity ??= this.viewer(options).then((viewer) => {
      if (!viewer.entity) throw new NotFoundError('The viewer has no default entity; pass `entity` to new Api()');
      return viewer.entity;
    }));
    pending.catch(() => {
      if (this.entity === pending) this.entity = undefined;
    });
    return pending;
  }
}
